; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !33

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !56 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !61, metadata !DIExpression()), !dbg !62
  %zero = alloca i32, align 4, !dbg !63
  store i32 0, i32* %zero, align 4, !dbg !63
  %0 = bitcast i32* %zero to i8*, !dbg !63
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !63
  %.not = icmp eq i8* %1, null, !dbg !63
  br i1 %.not, label %return, label %body, !dbg !63

body:                                             ; preds = %entry
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !63
  %3 = icmp eq i64 %2, 0, !dbg !63
  br i1 %3, label %pid.match, label %pid.filter, !dbg !63

return:                                           ; preds = %entry, %rec.done4, %pid.match, %pid.filter
  ret i32 0, !dbg !63

pid.filter:                                       ; preds = %body
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !63
  %5 = lshr i64 %4, 32, !dbg !63
  %6 = icmp eq i64 %5, %2, !dbg !63
  br i1 %6, label %pid.match, label %return, !dbg !63

pid.match:                                        ; preds = %pid.filter, %body
  %7 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %1, i32 16) #0, !dbg !64
  %8 = load i8, i8* %1, align 1, !dbg !64
  %9 = xor i8 %8, 118, !dbg !64
  %10 = getelementptr i8, i8* %1, i64 1, !dbg !64
  %11 = load i8, i8* %10, align 1, !dbg !64
  %12 = xor i8 %11, 105, !dbg !64
  %13 = or i8 %9, %12, !dbg !64
  %14 = getelementptr i8, i8* %1, i64 2, !dbg !64
  %15 = load i8, i8* %14, align 1, !dbg !64
  %16 = xor i8 %15, 99, !dbg !64
  %17 = or i8 %13, %16, !dbg !64
  %18 = getelementptr i8, i8* %1, i64 3, !dbg !64
  %19 = load i8, i8* %18, align 1, !dbg !64
  %20 = xor i8 %19, 116, !dbg !64
  %21 = or i8 %17, %20, !dbg !64
  %22 = getelementptr i8, i8* %1, i64 4, !dbg !64
  %23 = load i8, i8* %22, align 1, !dbg !64
  %24 = xor i8 %23, 105, !dbg !64
  %25 = or i8 %21, %24, !dbg !64
  %26 = getelementptr i8, i8* %1, i64 5, !dbg !64
  %27 = load i8, i8* %26, align 1, !dbg !64
  %28 = xor i8 %27, 109, !dbg !64
  %29 = or i8 %25, %28, !dbg !64
  %30 = getelementptr i8, i8* %1, i64 6, !dbg !64
  %31 = load i8, i8* %30, align 1, !dbg !64
  %32 = or i8 %29, %31, !dbg !64
  %streq = icmp eq i8 %32, 0, !dbg !64
  br i1 %streq, label %pred.true, label %return, !dbg !64

pred.true:                                        ; preds = %pid.match
  %33 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !65
  %34 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !65
  %.not7 = icmp eq i8* %34, null, !dbg !65
  br i1 %.not7, label %rec.lost, label %rec.fill, !dbg !65

rec.fill:                                         ; preds = %pred.true
  %pid = lshr i64 %33, 32, !dbg !65
  %35 = bitcast i8* %34 to i64*, !dbg !65
  store i64 8, i64* %35, align 8, !dbg !65
  %36 = getelementptr i8, i8* %34, i64 8, !dbg !65
  %37 = bitcast i8* %36 to i64*, !dbg !65
  store i64 %pid, i64* %37, align 8, !dbg !65
  %38 = getelementptr i8, i8* %34, i64 16, !dbg !65
  %39 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %38, i32 16) #0, !dbg !65
  %40 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !65
  %41 = icmp ugt i64 %40, 65536, !dbg !65
  %42 = select i1 %41, i64 2, i64 1, !dbg !65
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %34, i64 %42) #0, !dbg !65
  br label %rec.done, !dbg !65

rec.lost:                                         ; preds = %pred.true
  %43 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !65
  %.not8 = icmp eq i8* %43, null, !dbg !65
  br i1 %.not8, label %rec.done, label %stat.inc, !dbg !65

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %44 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !66
  %45 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !66
  %.not9 = icmp eq i8* %45, null, !dbg !66
  br i1 %.not9, label %rec.lost3, label %rec.fill2, !dbg !66

stat.inc:                                         ; preds = %rec.lost
  %46 = bitcast i8* %43 to i64*, !dbg !65
  %47 = load i64, i64* %46, align 8, !dbg !65
  %48 = add i64 %47, 1, !dbg !65
  store i64 %48, i64* %46, align 8, !dbg !65
  br label %rec.done, !dbg !65

rec.fill2:                                        ; preds = %rec.done
  %pid1 = lshr i64 %44, 32, !dbg !66
  %49 = bitcast i8* %45 to i64*, !dbg !66
  store i64 4294967305, i64* %49, align 8, !dbg !66
  %50 = getelementptr i8, i8* %45, i64 8, !dbg !66
  %51 = bitcast i8* %50 to i64*, !dbg !66
  store i64 %pid1, i64* %51, align 8, !dbg !66
  %52 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !66
  %53 = icmp ugt i64 %52, 65536, !dbg !66
  %54 = select i1 %53, i64 2, i64 1, !dbg !66
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %45, i64 %54) #0, !dbg !66
  br label %rec.done4, !dbg !66

rec.lost3:                                        ; preds = %rec.done
  %55 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !66
  %.not10 = icmp eq i8* %55, null, !dbg !66
  br i1 %.not10, label %rec.done4, label %stat.inc5, !dbg !66

rec.done4:                                        ; preds = %rec.lost3, %stat.inc5, %rec.fill2
  %56 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 9) #0, !dbg !67
  %57 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 15) #0, !dbg !68
  %58 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 10) #0, !dbg !69
  br label %return, !dbg !69

stat.inc5:                                        ; preds = %rec.lost3
  %59 = bitcast i8* %55 to i64*, !dbg !66
  %60 = load i64, i64* %59, align 8, !dbg !66
  %61 = add i64 %60, 1, !dbg !66
  store i64 %61, i64* %59, align 8, !dbg !66
  br label %rec.done4, !dbg !66
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!54, !55}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !42, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "unsafe_fns.tp", directory: ".")
!4 = !{!0, !5, !26, !33}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DIGlobalVariableExpression(var: !34, expr: !DIExpression())
!34 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !35, isLocal: false, isDefinition: true, align: 64)
!35 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !36)
!36 = !{!9, !15, !20, !37}
!37 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !38, size: 64, align: 64, offset: 192)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64, align: 64, dwarfAddressSpace: 0)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 128, align: 8, elements: !40)
!40 = !{!41}
!41 = !DISubrange(count: 16, lowerBound: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !43)
!43 = !{!44, !49}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !45, size: 64, align: 64)
!45 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !46, size: 64, align: 64, dwarfAddressSpace: 0)
!46 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !47)
!47 = !{!48}
!48 = !DISubrange(count: 27, lowerBound: 0)
!49 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !50, size: 64, align: 64, offset: 64)
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !51, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !52)
!52 = !{!53}
!53 = !DISubrange(count: 262144, lowerBound: 0)
!54 = !{i32 2, !"Debug Info Version", i32 3}
!55 = !{i32 2, !"Dwarf Version", i32 4}
!56 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !57, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !60)
!57 = !DISubroutineType(types: !58)
!58 = !{!12, !59}
!59 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!60 = !{!61}
!61 = !DILocalVariable(name: "ctx", arg: 1, scope: !56, file: !3, line: 3, type: !59)
!62 = !DILocation(line: 3, scope: !56)
!63 = !DILocation(line: 3, column: 1, scope: !56)
!64 = !DILocation(line: 3, column: 39, scope: !56)
!65 = !DILocation(line: 4, column: 2, scope: !56)
!66 = !DILocation(line: 5, column: 2, scope: !56)
!67 = !DILocation(line: 6, column: 2, scope: !56)
!68 = !DILocation(line: 7, column: 2, scope: !56)
!69 = !DILocation(line: 8, column: 2, scope: !56)
