; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@m_after = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !28
@m_opens = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !34
@tp_ro = constant [48 x i8] zeroinitializer, section ".rodata", align 8, !dbg !36

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !57 {
entry:
  %tmp = alloca [1 x i64], align 8, !dbg !63
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !62, metadata !DIExpression()), !dbg !63
  %zero = alloca i32, align 4, !dbg !64
  store i32 0, i32* %zero, align 4, !dbg !64
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([48 x i8], [48 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !64
  %1 = icmp eq i64 %0, 0, !dbg !64
  br i1 %1, label %pid.match, label %pid.filter, !dbg !64

return:                                           ; preds = %if.done2, %agg.have4, %rec.lost, %stat.inc, %rec.fill, %pid.match, %pid.filter
  ret i32 0, !dbg !64

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !64
  %3 = lshr i64 %2, 32, !dbg !64
  %4 = icmp eq i64 %3, %0, !dbg !64
  br i1 %4, label %pid.match, label %return, !dbg !64

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = getelementptr i8, i8* %ctx, i64 32, !dbg !65
  %6 = bitcast i8* %5 to i32*, !dbg !65
  %7 = load i32, i32* %6, align 4, !dbg !65
  %8 = icmp eq i32 %7, 0, !dbg !65
  br i1 %8, label %return, label %if.done, !dbg !65

if.done:                                          ; preds = %pid.match
  %9 = bitcast [1 x i64]* %tmp to i8*, !dbg !66
  %10 = bitcast [1 x i64]* %tmp to i32*, !dbg !66
  store i32 0, i32* %10, align 8, !dbg !66
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_opens to i8*), i8* nonnull %9) #0, !dbg !66
  %.not = icmp eq i8* %11, null, !dbg !66
  br i1 %.not, label %agg.done, label %agg.have, !dbg !66

agg.done:                                         ; preds = %agg.have, %if.done
  %12 = getelementptr i8, i8* %ctx, i64 16, !dbg !67
  %13 = bitcast i8* %12 to i32*, !dbg !67
  %14 = load i32, i32* %13, align 4, !dbg !67
  %15 = icmp slt i32 %14, 0, !dbg !67
  br i1 %15, label %if.then1, label %if.done2, !dbg !67

agg.have:                                         ; preds = %if.done
  %16 = bitcast i8* %11 to i64*, !dbg !66
  %17 = load i64, i64* %16, align 8, !dbg !66
  %18 = add i64 %17, 1, !dbg !66
  store i64 %18, i64* %16, align 8, !dbg !66
  br label %agg.done, !dbg !66

if.then1:                                         ; preds = %agg.done
  %19 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !68
  %.not6 = icmp eq i8* %19, null, !dbg !68
  br i1 %.not6, label %rec.lost, label %rec.fill, !dbg !68

if.done2:                                         ; preds = %agg.done
  store i32 0, i32* %10, align 8, !dbg !69
  %20 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @m_after to i8*), i8* nonnull %9) #0, !dbg !69
  %.not5 = icmp eq i8* %20, null, !dbg !69
  br i1 %.not5, label %return, label %agg.have4, !dbg !69

rec.fill:                                         ; preds = %if.then1
  %21 = bitcast i8* %19 to i64*, !dbg !68
  store i64 3, i64* %21, align 8, !dbg !68
  %22 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !68
  %23 = icmp ugt i64 %22, 65536, !dbg !68
  %24 = select i1 %23, i64 2, i64 1, !dbg !68
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %19, i64 %24) #0, !dbg !68
  br label %return, !dbg !68

rec.lost:                                         ; preds = %if.then1
  %25 = bitcast i32* %zero to i8*, !dbg !68
  %26 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %25) #0, !dbg !68
  %.not7 = icmp eq i8* %26, null, !dbg !68
  br i1 %.not7, label %return, label %stat.inc, !dbg !68

stat.inc:                                         ; preds = %rec.lost
  %27 = bitcast i8* %26 to i64*, !dbg !68
  %28 = load i64, i64* %27, align 8, !dbg !68
  %29 = add i64 %28, 1, !dbg !68
  store i64 %29, i64* %27, align 8, !dbg !68
  br label %return, !dbg !68

agg.have4:                                        ; preds = %if.done2
  %30 = bitcast i8* %20 to i64*, !dbg !69
  %31 = load i64, i64* %30, align 8, !dbg !69
  %32 = add i64 %31, 1, !dbg !69
  store i64 %32, i64* %30, align 8, !dbg !69
  br label %return, !dbg !69
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!55, !56}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !43, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "stmt_return.tp", directory: ".")
!4 = !{!0, !5, !28, !34, !36}
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
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 192, align: 64, elements: !26)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !{!27}
!27 = !DISubrange(count: 3, lowerBound: 0)
!28 = !DIGlobalVariableExpression(var: !29, expr: !DIExpression())
!29 = distinct !DIGlobalVariable(name: "m_after", linkageName: "m_after", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!30 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !31)
!31 = !{!9, !15, !20, !32}
!32 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !33, size: 64, align: 64, offset: 192)
!33 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !25, size: 64, align: 64, dwarfAddressSpace: 0)
!34 = !DIGlobalVariableExpression(var: !35, expr: !DIExpression())
!35 = distinct !DIGlobalVariable(name: "m_opens", linkageName: "m_opens", scope: !2, file: !3, type: !30, isLocal: false, isDefinition: true, align: 64)
!36 = !DIGlobalVariableExpression(var: !37, expr: !DIExpression())
!37 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !38, isLocal: false, isDefinition: true, align: 64)
!38 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !39)
!39 = !DICompositeType(tag: DW_TAG_array_type, baseType: !40, size: 384, align: 8, elements: !41)
!40 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!41 = !{!42}
!42 = !DISubrange(count: 48, lowerBound: 0)
!43 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !44)
!44 = !{!45, !50}
!45 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !46, size: 64, align: 64)
!46 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !47, size: 64, align: 64, dwarfAddressSpace: 0)
!47 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !48)
!48 = !{!49}
!49 = !DISubrange(count: 27, lowerBound: 0)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !51, size: 64, align: 64, offset: 64)
!51 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !52, size: 64, align: 64, dwarfAddressSpace: 0)
!52 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !53)
!53 = !{!54}
!54 = !DISubrange(count: 262144, lowerBound: 0)
!55 = !{i32 2, !"Debug Info Version", i32 3}
!56 = !{i32 2, !"Dwarf Version", i32 4}
!57 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !58, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !61)
!58 = !DISubroutineType(types: !59)
!59 = !{!12, !60}
!60 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!61 = !{!62}
!62 = !DILocalVariable(name: "ctx", arg: 1, scope: !57, file: !3, line: 2, type: !60)
!63 = !DILocation(line: 2, scope: !57)
!64 = !DILocation(line: 2, column: 1, scope: !57)
!65 = !DILocation(line: 3, column: 2, scope: !57)
!66 = !DILocation(line: 6, column: 2, scope: !57)
!67 = !DILocation(line: 7, column: 2, scope: !57)
!68 = !DILocation(line: 8, column: 3, scope: !57)
!69 = !DILocation(line: 10, column: 2, scope: !57)
