; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @tp0_sys_enter_openat(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_openat" !dbg !47 {
entry:
  %tmp1 = alloca [8 x i64], align 8, !dbg !53
  %tmp = alloca [8 x i64], align 8, !dbg !53
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = bitcast [8 x i64]* %tmp to i8*, !dbg !54
  store i8 0, i8* %0, align 8, !dbg !54
  %1 = bitcast [8 x i64]* %tmp1 to i8*, !dbg !54
  store i8 0, i8* %1, align 8, !dbg !54
  %2 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !54
  %3 = icmp eq i64 %2, 0, !dbg !54
  br i1 %3, label %pid.match, label %pid.filter, !dbg !54

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !54

pid.filter:                                       ; preds = %entry
  %4 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !54
  %5 = lshr i64 %4, 32, !dbg !54
  %6 = icmp eq i64 %5, %2, !dbg !54
  br i1 %6, label %pid.match, label %return, !dbg !54

pid.match:                                        ; preds = %pid.filter, %entry
  %7 = getelementptr i8, i8* %ctx, i64 16, !dbg !55
  %8 = bitcast i8* %7 to i32*, !dbg !55
  %9 = load i32, i32* %8, align 4, !dbg !55
  %10 = sext i32 %9 to i64, !dbg !55
  %11 = getelementptr i8, i8* %ctx, i64 40, !dbg !56
  %12 = bitcast i8* %11 to i64*, !dbg !56
  %13 = load i64, i64* %12, align 8, !dbg !56
  %14 = getelementptr i8, i8* %ctx, i64 24, !dbg !57
  %15 = bitcast i8* %14 to i64*, !dbg !57
  %16 = load i64, i64* %15, align 8, !dbg !57
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %1, i8 0, i64 64, i1 false), !dbg !58
  %17 = inttoptr i64 %16 to i8*, !dbg !58
  %18 = call i64 inttoptr (i64 114 to i64 (i8*, i32, i8*)*)(i8* nonnull %1, i32 64, i8* %17) #0, !dbg !58
  %19 = icmp eq i64 %18, 64, !dbg !58
  br i1 %19, label %str.full, label %str.done, !dbg !58

str.full:                                         ; preds = %pid.match
  %20 = getelementptr inbounds i8, i8* %1, i64 63, !dbg !58
  %21 = getelementptr i8, i8* %17, i64 63, !dbg !58
  %22 = call i64 inttoptr (i64 112 to i64 (i8*, i32, i8*)*)(i8* nonnull %20, i32 1, i8* %21) #0, !dbg !58
  br label %str.done, !dbg !58

str.done:                                         ; preds = %str.full, %pid.match
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %0, i8 0, i64 64, i1 false), !dbg !59
  %23 = call i64 inttoptr (i64 16 to i64 (i8*, i32)*)(i8* nonnull %0, i32 16) #0, !dbg !59
  call void @llvm.memset.p0i8.i64(i8* noundef nonnull align 8 dereferenceable(64) %1, i8 0, i64 64, i1 false), !dbg !60
  store i8 120, i8* %1, align 8, !dbg !60
  %24 = getelementptr inbounds i8, i8* %1, i64 1, !dbg !60
  store i8 0, i8* %24, align 1, !dbg !60
  %25 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 160, i64 0) #0, !dbg !61
  %.not = icmp eq i8* %25, null, !dbg !61
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !61

rec.fill:                                         ; preds = %str.done
  %26 = add nsw i64 %10, 1, !dbg !62
  %27 = bitcast i8* %25 to i64*, !dbg !61
  store i64 1, i64* %27, align 8, !dbg !61
  %28 = getelementptr i8, i8* %25, i64 8, !dbg !61
  %29 = bitcast i8* %28 to i64*, !dbg !61
  store i64 %26, i64* %29, align 8, !dbg !61
  %30 = getelementptr i8, i8* %25, i64 16, !dbg !61
  %31 = bitcast i8* %30 to i64*, !dbg !61
  store i64 %13, i64* %31, align 8, !dbg !61
  %32 = getelementptr i8, i8* %25, i64 24, !dbg !61
  %33 = bitcast i8* %32 to i64*, !dbg !61
  store i64 %16, i64* %33, align 8, !dbg !61
  %34 = getelementptr i8, i8* %25, i64 32, !dbg !61
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %34, i8* noundef nonnull align 8 dereferenceable(64) %1, i64 64, i1 false), !dbg !61
  %35 = getelementptr i8, i8* %25, i64 96, !dbg !61
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* noundef nonnull align 1 dereferenceable(64) %35, i8* noundef nonnull align 8 dereferenceable(64) %0, i64 64, i1 false), !dbg !61
  %36 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !61
  %37 = icmp ugt i64 %36, 65536, !dbg !61
  %38 = select i1 %37, i64 2, i64 1, !dbg !61
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %25, i64 %38) #0, !dbg !61
  br label %return, !dbg !61

rec.lost:                                         ; preds = %str.done
  %39 = bitcast i32* %zero to i8*, !dbg !61
  %40 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %39) #0, !dbg !61
  %.not12 = icmp eq i8* %40, null, !dbg !61
  br i1 %.not12, label %return, label %stat.inc, !dbg !61

stat.inc:                                         ; preds = %rec.lost
  %41 = bitcast i8* %40 to i64*, !dbg !61
  %42 = load i64, i64* %41, align 8, !dbg !61
  %43 = add i64 %42, 1, !dbg !61
  store i64 %43, i64* %41, align 8, !dbg !61
  br label %return, !dbg !61
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { argmemonly nofree nounwind willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "vars.tp", directory: ".")
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
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "tp0_sys_enter_openat", linkageName: "tp0_sys_enter_openat", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 3, column: 2, scope: !47)
!56 = !DILocation(line: 4, column: 2, scope: !47)
!57 = !DILocation(line: 5, column: 2, scope: !47)
!58 = !DILocation(line: 6, column: 2, scope: !47)
!59 = !DILocation(line: 7, column: 2, scope: !47)
!60 = !DILocation(line: 9, column: 2, scope: !47)
!61 = !DILocation(line: 10, column: 2, scope: !47)
!62 = !DILocation(line: 8, column: 2, scope: !47)
