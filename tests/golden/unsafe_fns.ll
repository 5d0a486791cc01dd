; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_scratch = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !50 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !55, metadata !DIExpression()), !dbg !56
  %zero = alloca i32, align 4, !dbg !57
  store i32 0, i32* %zero, align 4, !dbg !57
  %0 = bitcast i32* %zero to i8*, !dbg !57
  %1 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_scratch to i8*), i8* nonnull %0) #0, !dbg !57
  %.not = icmp eq i8* %1, null, !dbg !57
  br i1 %.not, label %return, label %body, !dbg !57

body:                                             ; preds = %entry
  %2 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %1, i32 16) #0, !dbg !58
  %3 = load i8, i8* %1, align 1, !dbg !58
  %4 = xor i8 %3, 118, !dbg !58
  %5 = getelementptr i8, i8* %1, i64 1, !dbg !58
  %6 = load i8, i8* %5, align 1, !dbg !58
  %7 = xor i8 %6, 105, !dbg !58
  %8 = or i8 %4, %7, !dbg !58
  %9 = getelementptr i8, i8* %1, i64 2, !dbg !58
  %10 = load i8, i8* %9, align 1, !dbg !58
  %11 = xor i8 %10, 99, !dbg !58
  %12 = or i8 %8, %11, !dbg !58
  %13 = getelementptr i8, i8* %1, i64 3, !dbg !58
  %14 = load i8, i8* %13, align 1, !dbg !58
  %15 = xor i8 %14, 116, !dbg !58
  %16 = or i8 %12, %15, !dbg !58
  %17 = getelementptr i8, i8* %1, i64 4, !dbg !58
  %18 = load i8, i8* %17, align 1, !dbg !58
  %19 = xor i8 %18, 105, !dbg !58
  %20 = or i8 %16, %19, !dbg !58
  %21 = getelementptr i8, i8* %1, i64 5, !dbg !58
  %22 = load i8, i8* %21, align 1, !dbg !58
  %23 = xor i8 %22, 109, !dbg !58
  %24 = or i8 %20, %23, !dbg !58
  %25 = getelementptr i8, i8* %1, i64 6, !dbg !58
  %26 = load i8, i8* %25, align 1, !dbg !58
  %27 = or i8 %24, %26, !dbg !58
  %streq = icmp eq i8 %27, 0, !dbg !58
  br i1 %streq, label %pred.true, label %return, !dbg !58

return:                                           ; preds = %entry, %rec.done4, %body
  ret i32 0, !dbg !57

pred.true:                                        ; preds = %body
  %28 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !59
  %29 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !59
  %.not7 = icmp eq i8* %29, null, !dbg !59
  br i1 %.not7, label %rec.lost, label %rec.fill, !dbg !59

rec.fill:                                         ; preds = %pred.true
  %pid = lshr i64 %28, 32, !dbg !59
  %30 = bitcast i8* %29 to i64*, !dbg !59
  store i64 8, i64* %30, align 8, !dbg !59
  %31 = getelementptr i8, i8* %29, i64 8, !dbg !59
  %32 = bitcast i8* %31 to i64*, !dbg !59
  store i64 %pid, i64* %32, align 8, !dbg !59
  %33 = getelementptr i8, i8* %29, i64 16, !dbg !59
  %34 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* %33, i32 16) #0, !dbg !59
  %35 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !59
  %36 = icmp ugt i64 %35, 65536, !dbg !59
  %37 = select i1 %36, i64 2, i64 1, !dbg !59
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %29, i64 %37) #0, !dbg !59
  br label %rec.done, !dbg !59

rec.lost:                                         ; preds = %pred.true
  %38 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !59
  %.not8 = icmp eq i8* %38, null, !dbg !59
  br i1 %.not8, label %rec.done, label %stat.inc, !dbg !59

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %39 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !60
  %40 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !60
  %.not9 = icmp eq i8* %40, null, !dbg !60
  br i1 %.not9, label %rec.lost3, label %rec.fill2, !dbg !60

stat.inc:                                         ; preds = %rec.lost
  %41 = bitcast i8* %38 to i64*, !dbg !59
  %42 = load i64, i64* %41, align 8, !dbg !59
  %43 = add i64 %42, 1, !dbg !59
  store i64 %43, i64* %41, align 8, !dbg !59
  br label %rec.done, !dbg !59

rec.fill2:                                        ; preds = %rec.done
  %pid1 = lshr i64 %39, 32, !dbg !60
  %44 = bitcast i8* %40 to i64*, !dbg !60
  store i64 4294967305, i64* %44, align 8, !dbg !60
  %45 = getelementptr i8, i8* %40, i64 8, !dbg !60
  %46 = bitcast i8* %45 to i64*, !dbg !60
  store i64 %pid1, i64* %46, align 8, !dbg !60
  %47 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !60
  %48 = icmp ugt i64 %47, 65536, !dbg !60
  %49 = select i1 %48, i64 2, i64 1, !dbg !60
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %40, i64 %49) #0, !dbg !60
  br label %rec.done4, !dbg !60

rec.lost3:                                        ; preds = %rec.done
  %50 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %0) #0, !dbg !60
  %.not10 = icmp eq i8* %50, null, !dbg !60
  br i1 %.not10, label %rec.done4, label %stat.inc5, !dbg !60

rec.done4:                                        ; preds = %rec.lost3, %stat.inc5, %rec.fill2
  %51 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 9) #0, !dbg !61
  %52 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 15) #0, !dbg !62
  %53 = call i64 inttoptr (i64 109 to i64 (i32)*)(i32 10) #0, !dbg !63
  br label %return, !dbg !63

stat.inc5:                                        ; preds = %rec.lost3
  %54 = bitcast i8* %50 to i64*, !dbg !60
  %55 = load i64, i64* %54, align 8, !dbg !60
  %56 = add i64 %55, 1, !dbg !60
  store i64 %56, i64* %54, align 8, !dbg !60
  br label %rec.done4, !dbg !60
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!48, !49}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !36, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "unsafe_fns.tp", directory: ".")
!4 = !{!0, !5, !26}
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
!27 = distinct !DIGlobalVariable(name: "tp_scratch", linkageName: "tp_scratch", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !29)
!29 = !{!9, !15, !20, !30}
!30 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !31, size: 64, align: 64, offset: 192)
!31 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !32, size: 64, align: 64, dwarfAddressSpace: 0)
!32 = !DICompositeType(tag: DW_TAG_array_type, baseType: !33, size: 128, align: 8, elements: !34)
!33 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!34 = !{!35}
!35 = !DISubrange(count: 16, lowerBound: 0)
!36 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !37)
!37 = !{!38, !43}
!38 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !39, size: 64, align: 64)
!39 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !40, size: 64, align: 64, dwarfAddressSpace: 0)
!40 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !41)
!41 = !{!42}
!42 = !DISubrange(count: 27, lowerBound: 0)
!43 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !44, size: 64, align: 64, offset: 64)
!44 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !45, size: 64, align: 64, dwarfAddressSpace: 0)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !46)
!46 = !{!47}
!47 = !DISubrange(count: 262144, lowerBound: 0)
!48 = !{i32 2, !"Debug Info Version", i32 3}
!49 = !{i32 2, !"Dwarf Version", i32 4}
!50 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 3, type: !51, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !54)
!51 = !DISubroutineType(types: !52)
!52 = !{!12, !53}
!53 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!54 = !{!55}
!55 = !DILocalVariable(name: "ctx", arg: 1, scope: !50, file: !3, line: 3, type: !53)
!56 = !DILocation(line: 3, scope: !50)
!57 = !DILocation(line: 3, column: 1, scope: !50)
!58 = !DILocation(line: 3, column: 39, scope: !50)
!59 = !DILocation(line: 4, column: 2, scope: !50)
!60 = !DILocation(line: 5, column: 2, scope: !50)
!61 = !DILocation(line: 6, column: 2, scope: !50)
!62 = !DILocation(line: 7, column: 2, scope: !50)
!63 = !DILocation(line: 8, column: 2, scope: !50)
